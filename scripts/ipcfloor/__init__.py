"""ipcfloor's Python side: what the scripts share (scripts/*.py are its command lines)."""

"""What every script's command line shares."""
import argparse


class OneLineParser(argparse.ArgumentParser):
    """Bad usage is one line on stderr and exit status 2, never the usage block."""

    def error(self, message):
        self.exit(2, "%s: %s (see --help)\n" % (self.prog, message))

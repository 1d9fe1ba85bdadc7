"""The prediction from the primitives: where each high-level transport loses
time, by this machine's floors (scripts/explain.py is its command line).

    model      the categories and the MODEL table of each transport's steps
    inputs     micro.csv, components.csv and counts.csv as units
    explainer  Cell, Part and the Explainer that prices each cell's parts
    table      predicted.csv
"""

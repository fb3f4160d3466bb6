"""Labelled sample-report generator for the green-manufacturing report reviewer (eval corpus)."""

"""Screens: title, select, fight, pause, results. One protocol, one stack."""

"""Sieć: the network's cities and meetings, its dialogs and the Improvement Plan."""

__version__ = "17.2.0"

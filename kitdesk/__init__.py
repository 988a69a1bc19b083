"""KIT Desk – case files and cross-sector network meetings for children in mental distress."""

__version__ = "0.1.0"
APP_NAME = "KIT Desk"

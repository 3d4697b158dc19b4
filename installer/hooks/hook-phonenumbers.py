"""Replaces the contributed hook for phonenumbers (user hooks take priority), which forces every
submodule in.  Presidio imports phonenumbers for its own phone recognizer (not registered here);
the region metadata it loads lazily is kept, the geocoding / carrier / time-zone data (40 MB) is not.
"""

from PyInstaller.utils.hooks import collect_submodules

UNUSED = ("geocoder", "geodata", "carrier", "carrierdata", "timezone", "tzdata")
hiddenimports = collect_submodules("phonenumbers", filter=lambda name: name.split(".")[1:2] not in [[u] for u in UNUSED])

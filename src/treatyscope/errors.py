"""Errors that reach the user as one clear line."""


class TreatyscopeError(Exception):
    """A problem with the user's input or setup, told in one line without a traceback."""


class InputError(TreatyscopeError):
    """A file that cannot be read as a treaty text."""


class ModelError(TreatyscopeError):
    """A model that is missing, altered or not safe to load."""


class GoldError(TreatyscopeError):
    """A gold file that does not match the corpus it refers to."""


class PatternError(TreatyscopeError):
    """A span-ruler pattern file whose patterns do not fit its kind (a cue not labelled with a polarity, ...)."""

"""Where the data installed with treatyscope lives: configs, the shipped model, the gold corpus
and the labelled drafts.

``configs/``, ``models/`` and ``corpora/`` sit at the top of the repository and are installed
inside the package (``treatyscope.configs``, ``treatyscope.models``, ``treatyscope.corpora``),
so they are found the same way from a source checkout, an editable install and a plain
``pip install .``.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

CONFIG_PACKAGE = "treatyscope.configs"
MODEL_PACKAGE = "treatyscope.models"
CORPORA_PACKAGE = "treatyscope.corpora"
DEFAULT_MODEL_NAME = "treatyscope-clf"
# The model card's file name in a model folder (its checksum, data and figures).
CARD_FILE = "model.json"
VECTORS_NAME = "treatyscope-vectors"
_HERE = Path(__file__).resolve().parent
# In a source checkout (src/treatyscope), the folders beside src/: also when the code runs
# from src/ without being installed, or while another checkout is installed.
_SOURCE_ROOT = _HERE.parents[1] if _HERE.parent.name == "src" else None


def _package_folder(package: str, folder: str) -> Path:
    if _SOURCE_ROOT is not None and (_SOURCE_ROOT / folder).is_dir():
        return _SOURCE_ROOT / folder
    return Path(str(resources.files(package)))


def config_path(name: str) -> Path:
    """The path of a file in the installed ``configs`` folder."""
    return _package_folder(CONFIG_PACKAGE, "configs") / name


def shipped_model_dir() -> Path:
    """The folder of the model shipped with the package (``models/treatyscope-clf``)."""
    return _package_folder(MODEL_PACKAGE, "models") / DEFAULT_MODEL_NAME


def models_dir() -> Path:
    """The installed ``models`` folder."""
    return _package_folder(MODEL_PACKAGE, "models")


def shipped_vectors_dir() -> Path:
    """The folder of the projection learnt from the unlabelled corpus (``models/treatyscope-vectors``)."""
    return _package_folder(MODEL_PACKAGE, "models") / VECTORS_NAME


def gold_dir() -> Path:
    """The project's gold corpus (``corpora/gold``): the checkout's, or the copy installed with the package."""
    return _package_folder(CORPORA_PACKAGE, "corpora") / "gold"


def drafts_dir() -> Path:
    """The project's labelled drafts (``corpora/drafts``: ``NAME.txt`` written for the project, and
    ``NAME.labels.jsonl``, each clause's labels read against the codebook): the checkout's, or the
    copy installed with the package."""
    return _package_folder(CORPORA_PACKAGE, "corpora") / "drafts"


def sample_draft() -> Path:
    """The sample negotiating draft bundled with the package."""
    return Path(str(resources.files("treatyscope").joinpath("data/sample_draft.txt")))

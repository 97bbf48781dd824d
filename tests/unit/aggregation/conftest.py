import sys
from pathlib import Path

# Let `pytest` (not only `python -m pytest`) import schemas/ and services/ from the repo root.
_REPO = Path(__file__).resolve().parents[3]
if str(_REPO) not in sys.path:
    sys.path.insert(0, str(_REPO))

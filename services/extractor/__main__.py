"""`python -m services.extractor`: run the extractor worker."""

from services.common.runner import run_worker
from services.extractor.app import SERVICE, create_app
from services.extractor.settings import ExtractorSettings

if __name__ == "__main__":
    settings = ExtractorSettings()
    run_worker(SERVICE, settings, create_app(settings))

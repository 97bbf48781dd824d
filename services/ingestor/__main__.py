"""`python -m services.ingestor`: run the ingestor worker."""

from services.common.runner import run_worker
from services.ingestor.app import SERVICE, create_app
from services.ingestor.settings import IngestorSettings

if __name__ == "__main__":
    settings = IngestorSettings()
    run_worker(SERVICE, settings, create_app(settings))

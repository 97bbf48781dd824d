"""`python -m services.aggregator`: run the aggregator worker."""

from services.aggregator.app import SERVICE, create_app
from services.aggregator.settings import AggregatorSettings
from services.common.runner import run_worker

if __name__ == "__main__":
    settings = AggregatorSettings()
    run_worker(SERVICE, settings, create_app(settings))

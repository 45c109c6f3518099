"""Development tools, not part of the product: the recording Slack Web API stand-in and the ack
load generator. Used by the tests and by `regbot bench` (through evals.bench) only; the product
packages (core, bot, knowledge, calculators) never import this package."""

#!/bin/sh
# A stand-in "train" program for the example configuration: it reads the command's args (JSON)
# from stdin and prints a result. A real deployment maps the kind to its training entry point.
set -eu
args=$(cat)
echo "training with ${args} for community ${DAO_COMMUNITY}, proposal ${DAO_PROPOSAL}"

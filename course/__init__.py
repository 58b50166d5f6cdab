"""Helpers for the AWS Certified Developer - Associate (DVA-C02) notebook course.

Importing this package is cheap: boto3, pandas and matplotlib are imported only by the functions that
use them. Modules:

- ``course.facts``    AWS limits and prices as data, each with a source and an as-of date
- ``course.offline``  isolate credentials and block every real AWS request
- ``course.charts``   small functions that take data and return a matplotlib Figure
- ``course.testing``  the checks visible tests use, with learner-friendly messages
- ``course.grading``  our layer over nbgrader (instructor side)
"""
__version__ = "0.1.0"

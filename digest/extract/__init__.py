"""Extract stage: one CleanText in, one Report out.

Each extractor is a rule set in its own module (dates, officials, resolutions,
documents, events); this module only wires them together.
"""

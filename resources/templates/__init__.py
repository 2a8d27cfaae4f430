"""Document templates, one JSON file per service (a package so that wheels ship them)."""

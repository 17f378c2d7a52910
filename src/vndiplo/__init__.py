"""vndiplo: Vietnam's diplomatic conferences as typed, sourced, importable data."""

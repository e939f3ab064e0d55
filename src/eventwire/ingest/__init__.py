"""Sources to articles: files, directories, JSON Lines, CSV, HTML, stdin; cleaning of pasted pages."""

from m import a,

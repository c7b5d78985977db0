import = 3

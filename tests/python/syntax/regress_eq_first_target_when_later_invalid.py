x = a < b => c

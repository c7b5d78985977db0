x = {i for i @in s}

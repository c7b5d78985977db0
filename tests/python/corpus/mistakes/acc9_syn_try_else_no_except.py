# try followed by else without except.
try:
    n = int("5")
else:
    print(n)

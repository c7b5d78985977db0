if a:
    pass
else

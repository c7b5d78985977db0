if a:
    pass
else x

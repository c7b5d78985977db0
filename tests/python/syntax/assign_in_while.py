while x = next():
    pass

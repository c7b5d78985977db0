try:
    pass
finally:
    x = y is 1

try:
    pass
finally x

try:
    pass
finally

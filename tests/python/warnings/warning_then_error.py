if x is 1:
    pass
return 2

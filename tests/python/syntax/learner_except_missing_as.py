try:
    x = 1
except Exception e:
    pass

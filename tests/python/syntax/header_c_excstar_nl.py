try:
    pass
except* E

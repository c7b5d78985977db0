try:
    pass
except* ValueError:
    pass
except KeyError:
    pass

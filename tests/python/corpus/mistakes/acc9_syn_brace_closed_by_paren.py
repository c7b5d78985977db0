# A dict opened with { and closed with ).
config = {
    "delay": 0.5,
    "workers": 3)

print(config)

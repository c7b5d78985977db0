# A bracket closed with the wrong kind across lines.
config = {
    "name": "demo",
    "sizes": [1, 2, 3
    ),
}
print(config)

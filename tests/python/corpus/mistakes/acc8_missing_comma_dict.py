# A dict literal missing a comma between items.
results = {
    1: 1,
    2: 2
    3: 6,
}

# A list of French words with a comma missing: the carets run past the line as CPython's do
saisons = ['printemps', 'été']
mots = ['été', 'hiver' 'août' 3]
for mot in mots:
    print(mot, mot in saisons)

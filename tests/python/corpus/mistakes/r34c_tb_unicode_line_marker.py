# Looking up a missing key in a dict with accented names
données = {"clé": 1, "valeur": 2}
print(données["clé"])
print("résultat:", données["résultat"] + 1)
# (a short program: the mistake is in the lines above)

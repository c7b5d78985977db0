# An emoji copied from JavaScript as a surrogate pair escape.
smile = "\ud83d\ude00"
print(len(smile))
print("real emoji:", "\U0001F600")
print(smile)

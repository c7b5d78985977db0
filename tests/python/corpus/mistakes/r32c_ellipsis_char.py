# A word processor turned three dots into the ellipsis character.
def todo():
    …

todo()
print("ok")

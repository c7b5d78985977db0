# a banner centred with a two-character fill
title = "menu"
print(title.center(12, "*"))
print(title.center(12, "-="))
# (end of the program)

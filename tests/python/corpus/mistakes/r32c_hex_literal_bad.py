# A hex colour written with a letter that is not a hex digit.
RED = 0xff0000
GREEN = 0x00ff00
GREY = 0x80g080
print(hex(RED | GREEN))

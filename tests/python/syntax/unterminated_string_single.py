x = 'it

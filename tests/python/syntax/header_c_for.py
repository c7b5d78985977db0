for a in b x

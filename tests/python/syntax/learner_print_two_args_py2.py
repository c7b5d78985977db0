print "a", "b"

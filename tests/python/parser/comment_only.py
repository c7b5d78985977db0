# only a comment



"""Handing a case over to another laptop (issue 14, section 1).

- bundle.py: the file format (a plain header, then a small SQLCipher database), the one-time
  passphrase and the key derived from it, and the Danish answers for a bad file;
- export.py: one case of a data folder written into a bundle, and the handover recorded;
- matching.py: the bundle's persons matched with the receiving directory's;
- receive.py: a bundle opened, compared with what is here, and imported in one transaction.
"""

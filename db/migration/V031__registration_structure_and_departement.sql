-- What the funders' report counts, kept apart from the names so that the counts survive when the
-- personal data is wiped: the kind of structure the participant comes from, and their département
-- (official code: 01…95 with 2A and 2B, 971…976). The free-text organisation and territory stay.
ALTER TABLE registration ADD COLUMN structure_kind VARCHAR(20) NULL;
ALTER TABLE registration ADD COLUMN departement VARCHAR(3) NULL;
ALTER TABLE registration ADD CONSTRAINT ck_registration_structure_kind CHECK (structure_kind IS NULL
    OR structure_kind IN ('LOCAL_AUTHORITY', 'STATE', 'ASSOCIATION', 'COMPANY', 'RESIDENT', 'OTHER'));
ALTER TABLE registration ADD CONSTRAINT ck_registration_departement CHECK (departement IS NULL
    OR departement IN ('01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15',
        '16', '17', '18', '19', '2A', '2B', '21', '22', '23', '24', '25', '26', '27', '28', '29', '30', '31', '32',
        '33', '34', '35', '36', '37', '38', '39', '40', '41', '42', '43', '44', '45', '46', '47', '48', '49', '50',
        '51', '52', '53', '54', '55', '56', '57', '58', '59', '60', '61', '62', '63', '64', '65', '66', '67', '68',
        '69', '70', '71', '72', '73', '74', '75', '76', '77', '78', '79', '80', '81', '82', '83', '84', '85', '86',
        '87', '88', '89', '90', '91', '92', '93', '94', '95', '971', '972', '973', '974', '976'));

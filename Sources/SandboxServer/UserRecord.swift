/// Builds directory users in the shape of `project_user_show.json` / `company_user_show.json`.
enum UserRecord {
    /// A project directory user.
    static func project(_ p: Person, vendorID: Int64) -> JSONValue {
        let initials = String(p.firstName.prefix(1)) + String(p.lastName.prefix(1))
        return [
            "id": .int(p.id),
            "name": .string(p.name),
            "first_name": .string(p.firstName),
            "initials": .string(initials),
            "last_name": .string(p.lastName),
            "business_id": nil,
            "address": "",
            "avatar": nil,
            "business_phone": "555-0100",
            "business_phone_extension": nil,
            "city": "",
            "contact_id": .int(p.id + 5_000_000),
            "country_code": "US",
            "created_at": "2022-06-03T00:30:11Z",
            "email_address": .string(p.login),
            "email_signature": "",
            "employee_id": "",
            "erp_integrated_accountant": false,
            "fax_number": "",
            "is_active": true,
            "is_employee": .bool(p.vendor == "Sandbox Demo Company"),
            "job_title": .string(p.jobTitle),
            "last_login_at": nil,
            "mobile_phone": "",
            "notes": "",
            "origin_data": nil,
            "origin_id": nil,
            "state_code": "",
            "updated_at": "2022-06-03T00:30:11Z",
            "welcome_email_sent_at": nil,
            "zip": "",
            "permission_template": ["id": 1001, "name": "Project Manager", "project_specific": false, "type": "global"],
            "work_classification_id": nil,
            "vendor": ["id": .int(vendorID), "name": .string(p.vendor)],
            "company_permission_template": nil,
        ]
    }

    /// A company directory user (v1.3).
    static func company(_ p: Person, vendorID: Int64) -> JSONValue {
        let initials = String(p.firstName.prefix(1)) + String(p.lastName.prefix(1))
        return [
            "id": .int(p.id),
            "name": .string(p.name),
            "first_name": .string(p.firstName),
            "initials": .string(initials),
            "last_name": .string(p.lastName),
            "business_id": nil,
            "address": "",
            "avatar": nil,
            "business_phone": "555-0100",
            "business_phone_extension": nil,
            "city": "",
            "contact_id": .int(p.id + 5_000_000),
            "country_code": "US",
            "email_address": .string(p.login),
            "employee_id": "",
            "erp_integrated_accountant": false,
            "fax_number": "",
            "is_active": true,
            "is_employee": .bool(p.vendor == "Sandbox Demo Company"),
            "job_title": .string(p.jobTitle),
            "mobile_phone": "",
            "origin_id": nil,
            "state_code": "",
            "zip": "",
            "work_classification_id": nil,
            "vendor": ["id": .int(vendorID), "name": .string(p.vendor)],
        ]
    }
}
